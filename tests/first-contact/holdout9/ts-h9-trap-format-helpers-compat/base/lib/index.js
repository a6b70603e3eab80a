'use strict';

module.exports = { ...require('./helpers') };
