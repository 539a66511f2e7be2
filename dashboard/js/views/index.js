import * as overview from './overview.js';
import * as spc from './spc.js';
import * as referrals from './referrals.js';
import * as maturity from './maturity.js';
import * as readiness from './readiness.js';
import * as implementation from './implementation.js';
import * as outcomes from './outcomes.js';
import * as equity from './equity.js';
import * as workforce from './workforce.js';
import * as quality from './quality.js';
import * as downloads from './downloads.js';

export const views = { overview, spc, referrals, maturity, readiness, implementation, outcomes, equity, workforce, quality, downloads };
