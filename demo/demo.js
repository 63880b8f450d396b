// Switches the seed story between the German article and its English version.
const timeline = document.getElementById('story');
const log = document.getElementById('log');
const buttons = document.querySelectorAll('.switch button');
// The page's title too: a reader's tab, and the first thing a screen reader says of the page.
const titles = { de: 'event-timeline · Nordkoreas Truppen in Russland', en: 'event-timeline · North Korean troops in Russia' };

for (const button of buttons) {
  button.addEventListener('click', () => {
    const lang = button.dataset.lang;
    document.documentElement.lang = lang;
    document.title = titles[lang];
    timeline.locale = lang;
    timeline.selected = null;
    timeline.src = `./data/north-korea-troops.${lang}.json`;
    for (const other of buttons) other.setAttribute('aria-pressed', String(other === button));
  });
}

timeline.addEventListener('timeline-load', (e) => (log.textContent = `timeline-load: ${e.detail.count} events`));
timeline.addEventListener('timeline-select', (e) => (log.textContent = `timeline-select: ${e.detail.id}`));
timeline.addEventListener('timeline-error', (e) => (log.textContent = `timeline-error: ${e.detail.message}`));
