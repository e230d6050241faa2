/** The answer field that pairs one prompt with an option. */
export const matchField = (promptId: string) => `match-${promptId}`;
