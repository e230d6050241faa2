// Every limit the app holds input to, in one module; each block is one concern's.

// The server's error log.
/** Errors of a `cause` chain the log describes, the first included: 5. */
export const loggedErrorCauses = 5;
