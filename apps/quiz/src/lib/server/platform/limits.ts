// The app's limits, each a named number with what it bounds. Package limits are re-exported here.

// --- Database availability ---------------------------------------------------------------------------
/** Seconds a request that lost the database tells the browser to wait before trying again (Retry-After). */
export const databaseRetryAfterSeconds = 5;
