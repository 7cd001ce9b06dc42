import { runRuleCases } from '../testing/rule-cases';
import { FRONT_CASES } from './fronts.cases';

runRuleCases(FRONT_CASES);
