import type { ReactiveController } from 'lit';
import { hasOtherWords, messagesFor, type Messages } from '../../core/messages.js';
import type { TimelineModel } from '../../core/model.js';
import { viewerZone } from '../../core/zones.js';
import type { TimelineHost } from './host.js';
import { ancestorLangs, localeCandidates } from '../support/page-locale.js';
import { OnDemand } from '../support/on-demand.js';
import { loadWords, type WordsPart } from '../support/parts.js';
import { SettingsProblems } from '../support/settings-problems.js';

/**
 * The language and zones the element writes in, worked out once per update from the
 * `locale` and `time-zone` attributes, the page's `lang`, the browser and the document.
 */
export class LocaleController implements ReactiveController {
  locale = 'en';
  messages: Messages = messagesFor('en');
  /** Locales and zones that cannot be used, replaced by the nearest usable one and reported once. */
  readonly settings = new SettingsProblems();
  /**
   * While the catalog of the locale's language is on its way (parts/words.ts): the data is not
   * read and nothing is drawn meanwhile, so nothing is said in English first. Unset until the
   * first update sets it (read only as true or not).
   */
  waiting?: boolean;
  readonly #words: OnDemand<WordsPart>;
  /** The nearest `lang` around the element (the page's language), read each update. */
  #pageLang?: string;
  /** The model last read: its own zone wins for reading and loses to the attribute for display. */
  readonly #model: () => TimelineModel | undefined;

  constructor(
    private readonly host: TimelineHost,
    model: () => TimelineModel | undefined,
  ) {
    this.#model = model;
    this.#words = new OnDemand(host, loadWords);
    host.addController(this);
  }

  hostUpdate(): void {
    // A tag Intl accepts, never one that throws: the nearest usable candidate, the others reported.
    const langs = ancestorLangs(this.host);
    const locale = this.settings.locale(localeCandidates(this.host.locale, langs));
    const other = hasOtherWords(locale);
    const words = other ? this.#words.get() : undefined;
    // A catalog that could not be loaded (said as a timeline-error) leaves the element in English.
    this.waiting = other && !words && !this.#words.failed;
    const messages = messagesFor(locale, words);
    this.locale = locale;
    this.messages = messages;
    // The page's language for the content: the nearest `lang` (not empty). A document that names
    // no language of its own is written in it, as far as anyone can tell, not in the locale.
    this.#pageLang = langs.find((lang) => lang) as string | undefined;
  }

  /**
   * The language of the document's texts, for their `lang`: its own, else the page's, else the
   * locale (a guess; the root's `lang` is that of the element's words, which may be English).
   */
  get textLang(): string {
    return this.#model()?.lang ?? this.#pageLang ?? this.locale;
  }

  /**
   * The `time-zone` attribute when it names a zone this browser knows; an unknown one is noted
   * for the next report. Asked only when a zone is needed, not in every update: checking a name
   * builds the page's first Intl formatter (40 ms here), and a large document's reading does that
   * in a task of its own (data-reader.ts), not in the page's task that handed the data over.
   */
  get #validZone(): string | undefined {
    // The viewer's zone only when it is the fallback: asking for it builds a formatter in the browser's default zone.
    return this.settings.zone(this.host.timeZone, () => this.#model()?.timeZone ?? viewerZone());
  }

  /** The zone for reading dates without an offset: an unknown attribute's is reported (see #validZone) and passed over. */
  get readingZone(): string {
    return this.#validZone ?? viewerZone();
  }

  /** The zone the axis is drawn in and times are shown in. */
  get displayZone(): string {
    return this.#validZone ?? this.#model()?.timeZone ?? viewerZone();
  }

  /** The zone dates without an offset are read in (after the document's own). */
  get readZone(): string {
    return this.#model()?.timeZone ?? this.#validZone ?? viewerZone();
  }
}
