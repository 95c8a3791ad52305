import { paginate } from '@kyodo/service-kit';
import mongoose from 'mongoose';
import type { Context } from '../context.js';
import { INDICATOR_PARENTS, parentIndicatorsFilter, type IndicatorParent } from '../loaders.js';
import { IndicatorModel } from '../models/Indicator.js';
import { INDICATOR_ORDERS } from '../models/orders.js';

/**
 * The contributed `indicatorsConnection(first, after)` of a district (keyed by code) or a facility (by id): first
 * pages of all the parents in a response are one aggregate, a later page one keyset page with the same cursors.
 */
export function parentIndicatorsConnection<S>(parent: IndicatorParent, keyOf: (source: S) => string) {
  return (
    source: S,
    { first, after }: { first?: number | null; after?: string | null },
    { loaders }: Context,
  ) => {
    const key = keyOf(source);
    if (after === null || after === undefined) return loaders.indicatorPages(parent, first).load(key);
    const value =
      parent === 'Facility'
        ? mongoose.isObjectIdOrHexString(key)
          ? new mongoose.Types.ObjectId(key)
          : null
        : key;
    return paginate(IndicatorModel, {
      filter: { ...parentIndicatorsFilter(parent), [INDICATOR_PARENTS[parent].field]: value },
      sort: INDICATOR_ORDERS.NAME,
      first,
      after,
    });
  };
}
