// The toolbar: map switcher, edit kind, tools, save/cancel/undo/redo, measure, import, basemap,
// language. Buttons reflect what is possible right now.
import type { Editor, Mode } from '../edit/editor';
import type { MapListEntry } from '../api/types';
import { t, lang, setLang, onLangChange } from '../i18n';
import { byId } from '../util/dom';
import { fillSelects } from './selects';

export interface ToolbarHooks {
  maps(): MapListEntry[];
  currentMap(): string | null;
  switchMap(id: string): void;
  editableKinds(): Array<{ kind: string; title: string }>;
  setMode(mode: Mode): void;
  importFile(file: File): void;
}

export class Toolbar {
  constructor(
    private readonly editor: Editor,
    private readonly hooks: ToolbarHooks,
  ) {
    document.querySelectorAll<HTMLButtonElement>('#toolbar button[data-mode]').forEach((b) =>
      b.addEventListener('click', () => {
        const mode = b.dataset.mode as Mode;
        hooks.setMode(editor.mode === mode && mode !== 'select' ? 'select' : mode);
      }),
    );
    byId('save').addEventListener('click', () => void editor.save());
    byId('cancel').addEventListener('click', () => editor.cancel());
    byId('undo').addEventListener('click', () => void editor.undo());
    byId('redo').addEventListener('click', () => void editor.redo());
    byId('merge').addEventListener('click', () => void editor.merge());
    byId('delete').addEventListener('click', () => void editor.deleteSelected());
    byId('lang-toggle').addEventListener('click', () => setLang(lang() === 'zh' ? 'en' : 'zh'));
    byId<HTMLSelectElement>('kind-select').addEventListener('change', (e) => editor.setKind((e.target as HTMLSelectElement).value || null));
    byId<HTMLSelectElement>('map-select').addEventListener('change', (e) => hooks.switchMap((e.target as HTMLSelectElement).value));
    const input = byId<HTMLInputElement>('import-input');
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (file) hooks.importFile(file);
      input.value = '';
    });
    document.addEventListener('keydown', (e) => this.onKey(e));
    editor.onChange(() => this.update());
    onLangChange(() => this.renderSelects());
  }

  private onKey(e: KeyboardEvent): void {
    const target = e.target as HTMLElement;
    if (target.closest('input, select, textarea, dialog')) return;
    const mod = e.ctrlKey || e.metaKey;
    if (mod && e.key.toLowerCase() === 'z' && !e.shiftKey) {
      e.preventDefault();
      void this.editor.undo();
    } else if (mod && (e.key.toLowerCase() === 'y' || (e.key.toLowerCase() === 'z' && e.shiftKey))) {
      e.preventDefault();
      void this.editor.redo();
    } else if (e.key === 'Escape' && this.editor.mode !== 'select') {
      this.hooks.setMode('select');
    }
  }

  /** Map and kind dropdowns (their labels depend on the language). */
  renderSelects(): void {
    const editable = this.hooks.editableKinds();
    fillSelects(this.hooks.maps(), this.hooks.currentMap(), editable, this.editor.kind);
    if (this.editor.kind && !editable.some((k) => k.kind === this.editor.kind)) this.editor.setKind(null);
    this.update();
  }

  update(): void {
    const e = this.editor;
    const kindSelect = byId<HTMLSelectElement>('kind-select');
    if (kindSelect.value !== (e.kind ?? '') && [...kindSelect.options].some((o) => o.value === e.kind)) kindSelect.value = e.kind ?? '';
    const busy = e.stack.isBusy;
    const sel = e.selected();
    const set = (id: string, enabled: boolean): void => {
      (byId(id) as HTMLButtonElement).disabled = !enabled;
    };
    document.querySelectorAll<HTMLButtonElement>('#toolbar button[data-mode]').forEach((b) => {
      b.classList.toggle('active', b.dataset.mode === e.mode);
      b.setAttribute('aria-pressed', String(b.dataset.mode === e.mode));
    });
    set('save', !busy && !!e.pending);
    set('cancel', !busy && !!e.pending);
    set('undo', !busy && (!!e.pending || e.stack.canUndo));
    set('redo', !busy && !e.pending && e.stack.canRedo);
    set('split', !busy && !e.pending && (!!e.splittable() || e.mode === 'split'));
    set('merge', !busy && !e.pending && sel.length === 2);
    set('delete', !busy && sel.length > 0);
    const undo = e.stack.peekUndo();
    const redo = e.stack.peekRedo();
    byId('undo').title = undo ? `${t('tool.undo')}: ${t(undo.label as Parameters<typeof t>[0])}` : t('tool.undo');
    byId('redo').title = redo ? `${t('tool.redo')}: ${t(redo.label as Parameters<typeof t>[0])}` : t('tool.redo');
    byId('toolbar').dataset.busy = String(busy);
  }
}
