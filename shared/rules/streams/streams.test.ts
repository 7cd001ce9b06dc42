import { runRuleCases } from '../testing/rule-cases';
import { STREAM_CASES } from './streams.cases';

runRuleCases(STREAM_CASES);
