package dev.opsledger.aws.sns;

class InProcessOpenProblemsContractTest extends OpenProblemsContract {

    @Override
    protected OpenProblems newOpenProblems() {
        return new InProcessOpenProblems();
    }
}
