// The package's name, as the server introduces itself (`serverInfo`) and starts its messages.
export const SERVER_NAME = '@dapr-codes/language-server';
