export const ENTRANTS = [
  'ada', 'grace', 'linus', 'margaret', 'ken', 'barbara',
  'dennis', 'frances', 'edsger', 'radia', 'guido', 'sophie',
];
