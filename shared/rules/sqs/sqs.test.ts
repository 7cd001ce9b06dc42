import { runRuleCases } from '../testing/rule-cases';
import { SQS_CASES } from './sqs.cases';

runRuleCases(SQS_CASES);
