import { groupIndexOf } from '../../core/model.js';
import { writePicture, type PictureTheme, type PlacedText } from '../../core/picture.js';
import { errorMessage } from '../../core/error-message.js';
import { TimelineErrorEvent } from '../../events.js';
import type { TimelineParts } from '../timeline-view.js';

/**
 * `toSVG()`, `toPNG()` and the export buttons: the element measures where its title, strip,
 * axis and plot are and resolves its theme; the core writes the SVG (core/picture.ts). The
 * PNG and the downloads are loaded on demand (picture-files.ts); the SVG is not, as `toSVG()`
 * answers at once.
 */
export class Picture {
  constructor(
    private readonly p: TimelineParts,
    private readonly name: () => string,
  ) {}

  svg(): string {
    const { host, layout, filter, locale } = this.p;
    const root = host.shadowRoot ?? host;
    const origin = host.getBoundingClientRect();
    // The host's computed style (live): its font and theme, and its direction.
    const style = getComputedStyle(host);
    const corner = (el: Element | null) => {
      const r = el?.getBoundingClientRect() ?? origin;
      return { x: r.left - origin.left, y: r.top - origin.top };
    };
    // The groups shown in the legend name the colours; hidden ones are not in the picture.
    const boxes = root.querySelectorAll<HTMLElement>('[part=title],[part=legend-item][aria-pressed=true],[part=era-label],[part=reference-label]');
    const texts = [...boxes].flatMap((el) => {
      const swatch = el.querySelector('.swatch')?.getBoundingClientRect();
      // A strip title's edge is on its left, or on its right (one that ends at its mark; down a right-to-left phone).
      const box = el.getBoundingClientRect();
      const legend = {
        group: Number(el.dataset['groupIndex']) - 1,
        swatch: swatch && swatch.left + swatch.width / 2 - origin.left,
        mark: (getComputedStyle(el).borderLeftStyle === 'none' ? box.right - 2 : box.left) - origin.left,
      };
      // The lines the browser broke the box's first text into, each with its place (a title or a period's name may wrap).
      const kind = el.getAttribute('part')!.replace(/-.*/, '') as PlacedText['kind'];
      const node = document.createTreeWalker(el, NodeFilter.SHOW_TEXT, { acceptNode: (n) => (n.textContent?.trim() ? 1 : 3) }).nextNode();
      const lines: PlacedText[] = [];
      const range = document.createRange();
      for (const word of node?.textContent?.matchAll(/\S+\s*/g) ?? []) {
        range.setStart(node!, word.index);
        range.setEnd(node!, word.index + word[0].length);
        const r = range.getBoundingClientRect();
        const left = r.left - origin.left;
        const right = r.right - origin.left;
        const last = lines.at(-1);
        // A line's box spans all its words: its first word is at its right end when it reads right to left.
        if (last && Math.abs(r.top - origin.top - last.y) < 1) {
          last.text += word[0];
          last.x = Math.min(last.x, left);
          last.end = Math.max(last.end, right);
        } else lines.push({ kind, text: word[0], x: left, end: right, y: r.top - origin.top, height: r.height });
      }
      return lines.map((line) => ({ ...line, ...legend }));
    });
    const model = filter.shown;
    const chart = root.querySelector('.chart')?.getBoundingClientRect() ?? origin;
    // The theme's colours as the browser resolved them (custom properties, light-dark(), the theme attribute).
    const probe = document.createElement('i');
    // In forced colours the system's text colour would be every one of them (a blank picture): the file keeps the theme's.
    probe.style.forcedColorAdjust = 'none';
    root.append(probe);
    const colour = (name: string) => {
      probe.style.color = `var(--_${name})`;
      return getComputedStyle(probe).color;
    };
    const theme: PictureTheme = {
      font: style.fontFamily,
      size: parseFloat(style.fontSize) || 14,
      text: colour('text-color'),
      muted: colour('muted-color'),
      background: colour('background'),
      axis: colour('axis-color'),
      grid: colour('grid-color'),
      event: colour('event-color'),
      selected: colour('selected-color'),
      panel: colour('panel-background'),
      groups: [1, 2, 3, 4, 5, 6].map((n) => colour(`group-${n}`)),
      bandOpacity: parseFloat(style.getPropertyValue('--_band-opacity')) || 0.22,
    };
    probe.remove();
    return writePicture({
      width: Math.round(origin.width),
      // To the chart's end: the details panel of a selected item below it is not drawn (it left a band of bare background).
      height: Math.round(chart.bottom - origin.top),
      name: this.name(),
      lang: model?.lang,
      theme,
      frame: layout.frame,
      backdrop: layout.backdrop,
      plot: corner(root.querySelector('.plot')),
      axisY: corner(root.querySelector('.axis')).y,
      chart: [chart.top - origin.top, chart.bottom - origin.top],
      texts,
      groupIndex: model ? groupIndexOf(model) : new Map(),
      selected: host.selected,
      locale: locale.locale,
      rtl: style.direction === 'rtl',
      // Whatever draws a vertical frame, a backdrop or the rarer dates is here (the frame waits for
      // it): so is its picture, which draws only what the frame has.
      drawRail: layout.articlePart.here?.railPicture,
      cardSpot: layout.articlePart.here?.cardSpot,
      drawBands: layout.backdropPart.here?.bandsPicture,
      markBand: layout.datesPart.here?.markBand,
    });
  }

  /** The SVG drawn on a canvas `scale` times the element's size, as a PNG. */
  png(options?: { scale?: number }): Promise<Blob> {
    const svg = this.svg();
    return import('./picture-files.js').then((files) => files.pngOf(svg, options?.scale));
  }

  /** Saves the picture as a file named after the timeline (an export button's click); a failure is a timeline-error. */
  download = (type: 'svg' | 'png'): void => {
    const svg = this.svg();
    import('./picture-files.js')
      .then((files) => files.save(svg, type, this.name()))
      .catch((error: unknown) => this.p.host.dispatchEvent(new TimelineErrorEvent(errorMessage(error), [])));
  };
}
