import { runRuleCases } from '../testing/rule-cases';
import { SECURITY_CASES } from './security.cases';

runRuleCases(SECURITY_CASES);
