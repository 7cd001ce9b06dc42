import { runRuleCases } from '../testing/rule-cases';
import { EDGE_CASES } from './edge.cases';

runRuleCases(EDGE_CASES);
