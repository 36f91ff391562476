// Import a GeoJSON file from the page: pick a file or drop it on the map, say which kind and
// whether to replace, POST /api/import/{kind}; show the importer's issues (feature, line).
import { importGeoJson } from '../api/importExport';
import { ApiError } from '../api/http';
import type { Issue } from '../api/types';
import { t, onLangChange } from '../i18n';
import { h, byId, clear, add } from '../util/dom';

export interface ImportHooks {
  kinds(): Array<{ kind: string; title: string }>;
  defaultKind(): string | null;
  /** after a successful import into `kind` */
  imported(kind: string): void;
}

/** A kind guessed from a file name such as `shoreline.geojson` or `red_line-2024.json`. */
export function guessKind(fileName: string, kinds: string[]): string | null {
  const base = fileName.toLowerCase().replace(/\.[^.]*$/, '');
  const longestFirst = [...kinds].sort((a, b) => b.length - a.length);
  return longestFirst.find((k) => base === k || (base.startsWith(k) && /^[^a-z]/.test(base.slice(k.length)))) ?? null;
}

/** "feature 3 (id x), line 12: message" parts of one importer issue. */
export function issueWhere(i: Issue): { index: number | null; id: string | null; line: number | null; where: string | null } {
  const index = typeof i.index === 'number' ? i.index : typeof i.feature === 'number' ? i.feature : null;
  const id = i.id ?? (typeof i.feature === 'string' ? i.feature : null);
  let line = typeof i.line === 'number' ? i.line : null;
  if (line === null && typeof i.where === 'string') {
    const m = /line\s+(\d+)/i.exec(i.where);
    if (m) line = Number(m[1]);
  }
  return { index, id, line, where: i.where ?? null };
}

/** The importer's message without its own "feature #3 (id "x", line 5): " prefix, shown separately. */
export function stripWhere(message: string): string {
  return message.replace(/^feature #\d+(?: \([^)]*\))?:\s*/, '');
}

type View =
  | { step: 'ask'; file: File; kind: string; replace: boolean }
  | { step: 'running'; file: File; kind: string }
  | { step: 'done'; kind: string; imported: number; replaced: number; warnings: Issue[] }
  | { step: 'failed'; kind: string; message: string; issues: Issue[] };

export class ImportDialog {
  private readonly dialog = byId<HTMLDialogElement>('import-dialog');
  private view: View | null = null;

  constructor(private readonly hooks: ImportHooks) {
    onLangChange(() => this.render());
    this.dialog.addEventListener('close', () => (this.view = null));
  }

  open(file: File): void {
    const kinds = this.hooks.kinds().map((k) => k.kind);
    const kind = guessKind(file.name, kinds) ?? this.hooks.defaultKind() ?? kinds[0] ?? '';
    this.view = { step: 'ask', file, kind, replace: false };
    this.render();
  }

  private async run(file: File, kind: string, replace: boolean): Promise<void> {
    this.view = { step: 'running', file, kind };
    this.render();
    let text: string;
    try {
      text = await file.text();
    } catch (e) {
      this.view = { step: 'failed', kind, message: t('import.readFailed', { message: (e as Error).message }), issues: [] };
      this.render();
      return;
    }
    try {
      const r = await importGeoJson(kind, text, replace);
      this.view = { step: 'done', kind, imported: r.imported ?? r.inserted ?? 0, replaced: r.replaced ?? 0, warnings: r.warnings ?? [] };
      this.hooks.imported(kind);
    } catch (e) {
      const issues = e instanceof ApiError ? (e.problem.issues ?? e.problem.errors ?? []) : [];
      this.view = { step: 'failed', kind, message: (e as Error).message, issues };
    }
    this.render();
  }

  private issueList(issues: Issue[]): HTMLElement {
    return h(
      'ol',
      { class: 'import-errors', testid: 'import-errors' },
      issues.map((i) => {
        const w = issueWhere(i);
        const parts = [
          w.index !== null ? t('import.issue', { index: w.index }) + (w.id ? ` (${w.id})` : '') : w.id,
          w.line !== null ? t('import.line', { line: w.line }) : w.where,
        ].filter(Boolean);
        return h(
          'li',
          { class: i.severity === 'warning' ? 'warning' : 'error', testid: 'import-error', dataset: { index: String(w.index ?? ''), line: String(w.line ?? '') } },
          parts.length ? `${parts.join(', ')}: ` : '',
          parts.length ? stripWhere(i.message) : i.message,
        );
      }),
    );
  }

  private render(): void {
    const d = this.dialog;
    const v = this.view;
    if (!v) {
      if (d.open) d.close();
      return;
    }
    clear(d);
    d.dataset.step = v.step;
    d.append(h('h3', {}, t('import.title')));
    const close = h('button', { type: 'button', testid: 'import-close', onclick: () => d.close() }, t('issues.close'));
    if (v.step === 'ask') {
      const kinds = this.hooks.kinds();
      d.append(
        h('p', {}, t('import.file', { name: v.file.name, size: (v.file.size / 1024).toFixed(1) })),
        h('p', {}, h('label', { class: 'field' }, t('import.kind'), ' ',
          h('select', { testid: 'import-kind', onchange: (e: Event) => v.step === 'ask' && (v.kind = (e.target as HTMLSelectElement).value) },
            kinds.map((k) => h('option', { value: k.kind, selected: k.kind === v.kind }, `${k.title} (${k.kind})`))))),
        h('p', {}, h('label', { class: 'field' },
          h('input', { type: 'checkbox', testid: 'import-replace', checked: v.replace, onchange: (e: Event) => v.step === 'ask' && (v.replace = (e.target as HTMLInputElement).checked) }),
          ' ', t('import.replace'))),
        h('div', { class: 'buttons' },
          h('button', { type: 'button', testid: 'import-cancel', onclick: () => d.close() }, t('import.cancel')),
          h('button', { type: 'button', class: 'primary', testid: 'import-submit', onclick: () => void this.run(v.file, v.kind, v.replace) }, t('import.submit'))),
      );
    } else if (v.step === 'running') {
      d.append(h('p', { testid: 'import-running' }, t('import.running')));
    } else if (v.step === 'done') {
      add(d,
        h('p', { testid: 'import-result', dataset: { imported: String(v.imported), replaced: String(v.replaced) } }, t('import.ok', { imported: v.imported, replaced: v.replaced, kind: v.kind })),
        v.warnings.length ? h('p', {}, t('import.warnings', { count: v.warnings.length })) : null,
        v.warnings.length ? this.issueList(v.warnings) : null,
        h('div', { class: 'buttons' }, close),
      );
    } else {
      add(d,
        h('p', { testid: 'import-failed', class: 'error' }, v.issues.length ? t('import.failed', { count: v.issues.length }) : v.message),
        v.issues.length ? this.issueList(v.issues) : null,
        h('div', { class: 'buttons' }, close),
      );
    }
    if (!d.open) d.showModal();
  }
}

/** Dropping a file on the map opens the import dialog. */
export function enableDrop(target: HTMLElement, hint: HTMLElement, onFile: (file: File) => void): void {
  let depth = 0;
  const hasFiles = (e: DragEvent): boolean => !!e.dataTransfer && Array.from(e.dataTransfer.types).includes('Files');
  target.addEventListener('dragenter', (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    depth++;
    hint.hidden = false;
  });
  target.addEventListener('dragover', (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    e.dataTransfer!.dropEffect = 'copy';
  });
  target.addEventListener('dragleave', () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) hint.hidden = true;
  });
  target.addEventListener('drop', (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    depth = 0;
    hint.hidden = true;
    const file = e.dataTransfer?.files?.[0];
    if (file) onFile(file);
  });
}
