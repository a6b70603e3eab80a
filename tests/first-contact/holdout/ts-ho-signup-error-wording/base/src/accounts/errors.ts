/** A user-facing validation problem; `field` tells the form which input to highlight. */
export class ValidationError extends Error {
  constructor(readonly field: string, message: string) {
    super(message);
    this.name = "ValidationError";
  }
}
