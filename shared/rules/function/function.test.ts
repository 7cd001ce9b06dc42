import { runRuleCases } from '../testing/rule-cases';
import { FUNCTION_CASES } from './function.cases';

runRuleCases(FUNCTION_CASES);
