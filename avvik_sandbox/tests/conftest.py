import pytest


@pytest.fixture
def sandbox(site):
    from avvik_sandbox.factories import sandbox_tree

    return sandbox_tree(site["home"])


@pytest.fixture
def exercise(sandbox):
    from avvik_sandbox.factories import ExercisePageFactory

    return ExercisePageFactory(parent=sandbox)
