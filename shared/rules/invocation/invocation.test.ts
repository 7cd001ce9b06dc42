import { runRuleCases } from '../testing/rule-cases';
import { INVOCATION_CASES } from './invocation.cases';

runRuleCases(INVOCATION_CASES);
