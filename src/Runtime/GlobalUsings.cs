// System.Threading (an implicit using) also has a ThreadState; ours is the interpreter state.
global using ThreadState = ProtoPython.Objects.ThreadState;
