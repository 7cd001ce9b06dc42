import { runRuleCases } from '../testing/rule-cases';
import { TEMPLATE_CASES } from './template.cases';

runRuleCases(TEMPLATE_CASES);
