// Undo/redo over operations that are carried out asynchronously (through the API). The stack
// moves only when the executor succeeds; one operation at a time.

export type Executor<Op> = (op: Op, direction: 'do' | 'undo') => Promise<void>;

export class CommandStack<Op> {
  private readonly done: Op[] = [];
  private readonly undone: Op[] = [];
  private busy = false;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly execute: Executor<Op>, private readonly limit = 200) {}

  get canUndo(): boolean {
    return !this.busy && this.done.length > 0;
  }
  get canRedo(): boolean {
    return !this.busy && this.undone.length > 0;
  }
  get isBusy(): boolean {
    return this.busy;
  }
  get undoDepth(): number {
    return this.done.length;
  }
  get redoDepth(): number {
    return this.undone.length;
  }
  peekUndo(): Op | undefined {
    return this.done[this.done.length - 1];
  }
  peekRedo(): Op | undefined {
    return this.undone[this.undone.length - 1];
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  private changed(): void {
    this.listeners.forEach((l) => l());
  }

  private async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.busy) throw new Error('another edit is being saved');
    this.busy = true;
    this.changed();
    try {
      return await work();
    } finally {
      this.busy = false;
      this.changed();
    }
  }

  /** Carries out a new operation; on success it becomes undoable and the redo list is cleared. */
  async perform(op: Op): Promise<void> {
    await this.run(async () => {
      await this.execute(op, 'do');
      this.done.push(op);
      if (this.done.length > this.limit) this.done.shift();
      this.undone.length = 0;
    });
  }

  /** Records an operation already carried out (e.g. saved before the stack knew of it). */
  record(op: Op): void {
    this.done.push(op);
    this.undone.length = 0;
    this.changed();
  }

  async undo(): Promise<boolean> {
    const op = this.peekUndo();
    if (!op || this.busy) return false;
    await this.run(async () => {
      await this.execute(op, 'undo');
      this.done.pop();
      this.undone.push(op);
    });
    return true;
  }

  async redo(): Promise<boolean> {
    const op = this.peekRedo();
    if (!op || this.busy) return false;
    await this.run(async () => {
      await this.execute(op, 'do');
      this.undone.pop();
      this.done.push(op);
    });
    return true;
  }

  clear(): void {
    this.done.length = 0;
    this.undone.length = 0;
    this.changed();
  }
}
