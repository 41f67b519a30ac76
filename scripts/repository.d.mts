// Types of scripts/repository.mjs for the tests that import it.
export declare function repositoryWebUrl(): string;
export declare function repositoryFields(name: string): { homepage: string; repository: { type: 'git'; url: string; directory: string }; bugs: { url: string } };
