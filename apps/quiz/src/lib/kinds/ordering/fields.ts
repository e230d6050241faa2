/** The answer field that gives one item its position. */
export const positionField = (optionId: string) => `position-${optionId}`;
