// The derivation lives in @kyodo/domain: the facilities service derives the same schedule from staff edits.
export { scheduleOf } from '@kyodo/domain';
