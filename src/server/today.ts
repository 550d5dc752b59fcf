/** "Today" for the clinic: the calendar date in the configured time zone (SPINEPATH_TIME_ZONE). */
import { dateInZone } from '../store/clock.js';
import type { AppContext } from './context.js';

export const today = (ctx: AppContext): string => dateInZone(ctx.clock.now(), ctx.config.timeZone);
