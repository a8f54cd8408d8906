-- rename nova_problem_testcases to nova_problem_test_cases
ALTER TABLE nova_problem_testcases RENAME TO nova_problem_test_cases;

