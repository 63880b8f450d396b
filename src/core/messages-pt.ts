import type { Messages } from './messages.js';

/**
 * The element's own words in Portuguese, as Brazil writes them ("Carregando", "Baixar": CLDR's
 * `pt` is Brazilian Portuguese, and read in Portugal); loaded on demand (parts/words.ts) when the
 * locale is Portuguese.
 */
export const pt: Messages = {
  timeline: 'Linha do tempo',
  loading: 'Carregando eventos…',
  empty: 'Nenhum evento para mostrar.',
  details: 'Detalhes do evento',
  close: 'Fechar detalhes',
  sources: 'Fontes',
  place: 'Local',
  group: 'Grupo',
  zoomControls: 'Zoom',
  zoomIn: 'Ampliar',
  zoomOut: 'Reduzir',
  fit: 'Mostrar todos os eventos',
  selected: (what) => `Selecionado: ${what}`,
  cluster: (n, range) => `mais ${n} ${n === 1 ? 'evento' : 'eventos'}, ${range}`,
  clusterList: (n, range) => `${n} ${n === 1 ? 'evento' : 'eventos'}, ${range}`,
  andMore: (n) => `e mais ${n}`,
  skipped: (n) => (n === 1 ? '1 evento foi ignorado:' : `${n} eventos foram ignorados:`),
  incomplete: (n) => (n === 1 ? '1 evento é mostrado sem parte dos seus dados:' : `${n} eventos são mostrados sem parte dos seus dados:`),
  credit: 'Crédito',
  leftOut: 'Alguns períodos e datas foram omitidos:',
  problem: (i, id, m) => (i < 0 ? m : `Evento ${i + 1}${id ? ` (“${id}”)` : ''}: ${m}`),
  loadFailed: (r) => `Não foi possível carregar os eventos. ${r}`,
  copyLink: 'Copiar link',
  periods: 'Períodos e datas',
  today: 'hoje',
  legend: 'Grupos',
  search: 'Pesquisar eventos',
  shownOf: (shown, total) => `${shown} de ${total} eventos`,
  added: (n) => (n === 1 ? '1 novo evento' : `${n} novos eventos`),
  showing: (range) => `Período mostrado: ${range}`,
  linkCopied: 'Link copiado.',
  linkNotCopied: (link) => `Não foi possível copiar o link: ${link}`,
  download: (type) => `Baixar como ${type}`,
};
