/**
 * The message modules beside the core catalogues, one per part of the portal (issue 8): their keys, for the
 * `MessageKey` type. Types only: importing this module loads none of them.
 */
import type { browseMessages } from './browse';
import type { casesMessages } from './cases';
import type { compareMessages } from './compare';
import type { dashboardMessages } from './dashboard';
import type { dataMessages } from './data';
import type { exploreMessages } from './explore';
import type { homeMessages } from './home';
import type { literatureMessages } from './literature';
import type { mapMessages } from './map';
import type { plannerMessages } from './planner';
import type { presentMessages } from './present';
import type { timelineMessages } from './timeline';

type KeysOf<M extends { zh: object }> = keyof M['zh'];

export type GroupKey =
  | KeysOf<typeof browseMessages>
  | KeysOf<typeof casesMessages>
  | KeysOf<typeof compareMessages>
  | KeysOf<typeof dashboardMessages>
  | KeysOf<typeof dataMessages>
  | KeysOf<typeof exploreMessages>
  | KeysOf<typeof homeMessages>
  | KeysOf<typeof literatureMessages>
  | KeysOf<typeof mapMessages>
  | KeysOf<typeof plannerMessages>
  | KeysOf<typeof presentMessages>
  | KeysOf<typeof timelineMessages>;
