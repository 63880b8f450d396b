import { groupIndexOf, type TimelineItem } from '../../core/model.js';
import type { PlacedCluster } from '../../core/placement.js';
import { chipAction, clusterMembers } from '../../core/cluster-members.js';
import type { ClusterListProps } from '../templates/render-cluster-list.js';
import type { DetailsProps } from '../templates/render-details.js';
import type { TimelineParts } from '../timeline-view.js';

/**
 * What the details panel and a chip's list show and what their buttons do. It comes with them
 * (parts/details.ts): nothing here runs before the panel is asked for, so a page that never
 * selects never downloads it. The selection itself, the tab stop and Escape stay with
 * SelectionController; this only reads and drives its public side.
 */

const focusAfterUpdate = (p: TimelineParts, id: string | null) =>
  void p.host.updateComplete.then(() => p.selection.itemElement(id)?.focus({ preventScroll: true }));

/**
 * A "+N" chip zooms in to where its items start, or, when zooming cannot part them (one
 * instant, the zoom limit), lists them in the details panel: every click makes progress.
 */
export function openChip(p: TimelineParts, c: PlacedCluster): void {
  const { layout, filter, viewport, selection, names } = p;
  const frame = layout.frame;
  const model = filter.shown;
  const view = viewport.view;
  if (!frame || !model || !view) return;
  const drawn = new Set(frame.placement.items.map((placed) => placed.item.id));
  const members = clusterMembers(model.items, c, frame.placement.rows, drawn);
  const action = chipAction(members, view);
  // Zoomed in, the first of its items that is drawn takes the focus, and so the tab stop: the
  // chip is gone, and the focus with it (a screen reader's to the top of the page); on screen,
  // as down the page, in the vertical layout, it may be far from where the chip was. The window
  // is said, as the zoom keys say theirs.
  if (action.kind === 'zoom') {
    const ids = new Set(members.map((m) => m.id));
    const first = () => [...(p.host.shadowRoot?.querySelectorAll<HTMLElement>('[part~="event"]') ?? [])].find((el) => ids.has(el.dataset['id']!));
    p.announcer.say(p.locale.messages.showing(names.window(action.view)));
    return void viewport.moveTo(action.view).then(() => {
      const el = first();
      if (!el) return;
      // The tab stop goes with it (focused alone, it was an item Tab could not come back to).
      selection.focusId = el.dataset['id']!;
      p.host.requestUpdate();
      el.focus();
    });
  }
  // Listed in the details panel (any selection closes), its first item focused; closed, the
  // focus goes back to the chip.
  if (p.host.selected !== null) selection.select(null);
  const chip = p.host.shadowRoot?.activeElement as HTMLElement | null | undefined;
  selection.chipList = { items: members, heading: names.clusterHeading(c), from: model, chip: chip?.matches('[part~="cluster"]') ? chip : undefined };
  p.host.requestUpdate();
  void p.host.updateComplete.then(() => p.host.shadowRoot?.querySelector<HTMLElement>('[part~="details-item"]')?.focus({ preventScroll: true }));
}

/** The selected item in full, with its sources' dates, its link and "copy link". */
export function detailsProps(p: TimelineParts, item: TimelineItem, formatSourceDate: (date: string) => string): DetailsProps {
  const { locale, hash, selection, names, announcer } = p;
  const m = locale.messages;
  const model = p.filter.shown;
  const index = model && groupIndexOf(model).get(item.group);
  return {
    item,
    group: index === undefined ? undefined : { label: model!.groups[index]!.label, index },
    when: names.when(item),
    lang: locale.textLang,
    locale: locale.locale,
    messages: m,
    formatSourceDate,
    onClose: selection.closeDetails,
    link: hash.linkTo(item.id),
    // Puts the address on the clipboard and says whether it worked.
    onCopyLink: (link) => {
      const copied = navigator.clipboard?.writeText(link) ?? Promise.reject(new Error('no clipboard'));
      copied.then(
        () => announcer.say(m.linkCopied),
        () => announcer.say(m.linkNotCopied(link)),
      );
    },
  };
}

/** The items of a chip that zooming cannot part: picking one selects it, Escape or the button closes the list. */
export function chipListProps(p: TimelineParts, list: { items: TimelineItem[]; heading: string }): ClusterListProps {
  const { locale, selection, names, host } = p;
  const close = () => {
    const chip = selection.chipList?.chip;
    selection.chipList = undefined;
    host.requestUpdate();
    // The chip that opened the list takes the focus back, where it still is; else the item holding the tab stop.
    if (chip?.isConnected) chip.focus();
    else focusAfterUpdate(p, selection.focusId);
  };
  return {
    items: list.items,
    heading: list.heading,
    lang: locale.textLang,
    locale: locale.locale,
    messages: locale.messages,
    when: (item) => names.when(item),
    // Selected, and focused where it is drawn.
    onPick: (id) => {
      selection.select(id);
      focusAfterUpdate(p, id);
    },
    onClose: close,
    // Escape in the list closes it (and nothing else).
    onKeyDown: (e) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      e.stopPropagation();
      close();
    },
  };
}
