'use strict';

/** Formatting for CLI output. */
module.exports = {
  ...require('./bytes'),
  ...require('./percent'),
};
