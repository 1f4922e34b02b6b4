process.env.TEST_DATABASE_PROVIDER = "postgresql";
