import { describe, expect, it } from 'vitest';
import { CommandStack } from '../src/edit/commandStack';

function recorder(fail: (op: string, dir: string) => boolean = () => false) {
  const log: string[] = [];
  const exec = async (op: string, dir: 'do' | 'undo') => {
    await Promise.resolve();
    if (fail(op, dir)) throw new Error(`${dir} ${op} failed`);
    log.push(`${dir}:${op}`);
  };
  return { log, exec };
}

describe('CommandStack', () => {
  it('undoes and redoes in order', async () => {
    const r = recorder();
    const s = new CommandStack<string>(r.exec);
    await s.perform('a');
    await s.perform('b');
    expect(await s.undo()).toBe(true);
    expect(await s.undo()).toBe(true);
    expect(await s.undo()).toBe(false);
    expect(await s.redo()).toBe(true);
    expect(r.log).toEqual(['do:a', 'do:b', 'undo:b', 'undo:a', 'do:a']);
    expect(s.undoDepth).toBe(1);
    expect(s.redoDepth).toBe(1);
  });

  it('a new operation clears the redo list', async () => {
    const s = new CommandStack<string>(recorder().exec);
    await s.perform('a');
    await s.undo();
    expect(s.canRedo).toBe(true);
    await s.perform('b');
    expect(s.canRedo).toBe(false);
  });

  it('does not move when the executor fails', async () => {
    const r = recorder((op, dir) => op === 'b' && dir === 'undo');
    const s = new CommandStack<string>(r.exec);
    await s.perform('a');
    await s.perform('b');
    await expect(s.undo()).rejects.toThrow('undo b failed');
    expect(s.peekUndo()).toBe('b');
    expect(s.redoDepth).toBe(0);
    await expect(s.perform('c')).resolves.toBeUndefined();
  });

  it('a failed operation is not recorded', async () => {
    const s = new CommandStack<string>(recorder((op) => op === 'x').exec);
    await expect(s.perform('x')).rejects.toThrow();
    expect(s.canUndo).toBe(false);
  });

  it('runs one operation at a time', async () => {
    let release: () => void = () => {};
    const s = new CommandStack<string>(() => new Promise<void>((r) => (release = r)));
    const first = s.perform('a');
    expect(s.isBusy).toBe(true);
    expect(s.canUndo).toBe(false);
    await expect(s.perform('b')).rejects.toThrow('another edit');
    release();
    await first;
    expect(s.isBusy).toBe(false);
    expect(s.undoDepth).toBe(1);
  });

  it('keeps at most the limit', async () => {
    const s = new CommandStack<number>(async () => {}, 3);
    for (let i = 0; i < 5; i++) await s.perform(i);
    expect(s.undoDepth).toBe(3);
    expect(s.peekUndo()).toBe(4);
  });

  it('notifies listeners', async () => {
    const s = new CommandStack<string>(async () => {});
    let n = 0;
    s.onChange(() => n++);
    await s.perform('a');
    expect(n).toBeGreaterThanOrEqual(2);
  });
});
