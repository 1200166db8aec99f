// A file that is not what it claims (or a confirm that must not write) stops the import with a sentence for the
// user; thrown from deep inside the streaming readers so the transaction around them rolls back.
export class ImportRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ImportRefusal";
  }
}

export function isImportRefusal(error: unknown): error is ImportRefusal {
  return error instanceof ImportRefusal;
}
