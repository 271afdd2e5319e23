// A command line that cannot run: its message is printed and the exit status is 2, nothing sent.
export class UsageError extends Error {}
