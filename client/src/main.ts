/**
 * The explorer's entry point: creates the canvas and the panels, connects them through the
 * explorer controller, and opens the view the URL describes.
 */
import './styles/base.css';
import './styles/panels.css';
import './styles/canvas.css';
import './styles/analysis.css';
import './styles/map.css';
import './styles/editing.css';
import './styles/workbench.css';
import './styles/small-screen.css';
import { startExplorer } from './app/start.js';

startExplorer();
