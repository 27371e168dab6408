// The contract lives in @app/common so that lower-level libraries (mail) can register too.
export { PersonalDataSource, PersonalDataSourceProvider } from '@app/common';
