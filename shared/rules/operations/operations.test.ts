import { runRuleCases } from '../testing/rule-cases';
import { OPERATIONS_CASES } from './operations.cases';

runRuleCases(OPERATIONS_CASES);
