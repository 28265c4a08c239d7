import type { IsoDate } from '../../core';

/** PP 11/2017 was promulgated on 7 April 2017. */
export const PP_11_2017 = '2017-04-07' as IsoDate;
/** The day before PP 17/2020 came into force (28 February 2020). */
export const BEFORE_PP_17_2020 = '2020-02-27' as IsoDate;
/** PP 17/2020 (amending PP 11/2017) was set and promulgated on 28 February 2020. */
export const PP_17_2020 = '2020-02-28' as IsoDate;
/** PP 49/2018 (PPPK management) was promulgated on 28 November 2018. */
export const PP_49_2018 = '2018-11-28' as IsoDate;
/** Perban BKN 7/2022 (PPPK leave procedure) was promulgated on 14 April 2022. */
export const PERBAN_7_2022 = '2022-04-14' as IsoDate;
/** The day before Perban BKN 7/2022. */
export const BEFORE_PERBAN_7_2022 = '2022-04-13' as IsoDate;
