import { runRuleCases } from '../testing/rule-cases';
import { DEPLOYMENT_CASES } from './deployment.cases';

runRuleCases(DEPLOYMENT_CASES);
