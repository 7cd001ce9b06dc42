import { runRuleCases } from '../testing/rule-cases';
import { VPC_CASES } from './vpc.cases';

runRuleCases(VPC_CASES);
