/** The examples' data: the Apollo 11 mission, as the events property takes it. */
export const apollo = [
  { id: 'launch', title: 'Launch', date: '1969-07-16T13:32Z' },
  { id: 'landing', title: 'Eagle lands', date: '1969-07-20T20:17Z' },
  { id: 'walk', title: 'First step', date: '1969-07-21T02:56Z' },
  { id: 'quarantine', title: 'Quarantine', start: '1969-07-24', end: '1969-08-10' },
];
