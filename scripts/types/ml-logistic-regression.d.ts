// The part of ml-logistic-regression 2.0's API that scripts/train.ts uses (the package ships no types).
declare module "ml-logistic-regression" {
  import type { Matrix } from "ml-matrix";
  export default class LogisticRegression {
    constructor(options?: { numSteps?: number; learningRate?: number });
    /** One-vs-all: classifiers[k] scores "not class k". */
    classifiers: { weights: Matrix; testScores(features: Matrix): number[] }[];
    train(features: Matrix, target: Matrix): void;
  }
}
