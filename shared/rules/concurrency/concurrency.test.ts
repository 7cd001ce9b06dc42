import { runRuleCases } from '../testing/rule-cases';
import { CONCURRENCY_CASES } from './concurrency.cases';

runRuleCases(CONCURRENCY_CASES);
