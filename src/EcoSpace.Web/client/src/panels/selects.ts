// The toolbar's map and kind dropdowns. Filled by the app as soon as the maps and the map document
// are known, before the editing chunk (and its Toolbar) arrives: their width decides whether the
// toolbar wraps, and a toolbar that changes height after the first picture makes the map draw again.
import type { MapListEntry } from '../api/types';
import { lang } from '../i18n';
import { h, byId, clear } from '../util/dom';

export function fillSelects(maps: MapListEntry[], currentMap: string | null, editableKinds: Array<{ kind: string; title: string }>, kind: string | null): void {
  const mapSelect = byId<HTMLSelectElement>('map-select');
  clear(mapSelect);
  for (const m of maps) mapSelect.append(h('option', { value: m.id, selected: m.id === currentMap }, m.title[lang()] ?? m.id));
  const kindSelect = byId<HTMLSelectElement>('kind-select');
  clear(kindSelect);
  kindSelect.append(h('option', { value: '' }, '—'));
  for (const k of editableKinds) kindSelect.append(h('option', { value: k.kind, selected: k.kind === kind }, k.title));
}
