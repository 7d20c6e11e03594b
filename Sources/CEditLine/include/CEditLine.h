int bsh_placeholder(void);
