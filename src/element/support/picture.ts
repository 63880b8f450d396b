import { slugOf } from '../../core/import/slug.js';
import { groupIndexOf } from '../../core/model.js';
import { writePicture, type PictureTheme, type PlacedText } from '../../core/picture.js';
import { errorMessage } from '../../core/error-message.js';
import { TimelineErrorEvent } from '../../events.js';
import type { TimelineParts } from '../timeline-view.js';

/** The theme's colours as the browser resolved them (custom properties, light-dark(), the theme attribute). */
function resolveTheme(host: HTMLElement, root: ParentNode): PictureTheme {
  const probe = document.createElement('i');
  root.append(probe);
  const colour = (name: string) => {
    probe.style.color = `var(--_${name})`;
    return getComputedStyle(probe).color;
  };
  const style = getComputedStyle(host);
  const theme: PictureTheme = {
    font: style.fontFamily,
    size: Number.parseFloat(style.fontSize) || 14,
    text: colour('text-color'),
    muted: colour('muted-color'),
    background: colour('background'),
    axis: colour('axis-color'),
    grid: colour('grid-color'),
    event: colour('event-color'),
    selected: colour('selected-color'),
    panel: colour('panel-background'),
    groups: [1, 2, 3, 4, 5, 6].map((n) => colour(`group-${n}`)),
    bandOpacity: Number.parseFloat(style.getPropertyValue('--_band-opacity')) || 0.22,
  };
  probe.remove();
  return theme;
}

/**
 * `toSVG()`, `toPNG()` and the export buttons: the element measures where its title, strip,
 * axis and plot are and resolves its theme; the core writes the SVG (core/picture.ts).
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
    const box = (el: Element | null) => {
      const r = el?.getBoundingClientRect();
      return { x: (r?.left ?? origin.left) - origin.left, y: (r?.top ?? origin.top) - origin.top, height: r?.height ?? 0 };
    };
    const texts: PlacedText[] = [...root.querySelectorAll<HTMLElement>('[part=title],[part=era-label],[part=reference-label]')].map((el) => ({
      kind: el.matches('[part=title]') ? 'title' : el.matches('[part=era-label]') ? 'era' : 'reference',
      text: el.dataset['title'] ?? el.textContent ?? '',
      ...box(el),
    }));
    const model = filter.shown;
    return writePicture({
      width: Math.round(origin.width),
      height: Math.round(origin.height),
      name: this.name(),
      lang: model?.lang,
      theme: resolveTheme(host, root),
      frame: layout.frame,
      backdrop: layout.backdrop,
      plot: box(root.querySelector('.plot')),
      axisY: box(root.querySelector('.axis')).y,
      texts,
      groupIndex: model ? groupIndexOf(model) : new Map(),
      selected: host.selected,
      locale: locale.locale,
    });
  }

  /** The SVG drawn on a canvas `scale` times the element's size. */
  async png({ scale = 2 } = {}): Promise<Blob> {
    const svg = this.svg();
    const image = new Image();
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(image.naturalWidth * scale);
    canvas.height = Math.round(image.naturalHeight * scale);
    canvas.getContext('2d')?.drawImage(image, 0, 0, canvas.width, canvas.height);
    return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The picture could not be drawn.'))), 'image/png'));
  }

  /** Saves the picture as a file named after the timeline (an export button's click). */
  download = async (type: 'svg' | 'png'): Promise<void> => {
    try {
      const blob = type === 'svg' ? new Blob([this.svg()], { type: 'image/svg+xml' }) : await this.png();
      const a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = `${slugOf(this.name())}.${type}`;
      a.click();
      // The browser reads the file after the click returns: the address is let go a little later.
      setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
    } catch (error) {
      this.p.host.dispatchEvent(new TimelineErrorEvent(errorMessage(error), []));
    }
  };
}
