process.env.TEST_DATABASE_PROVIDER = "sqlite";
