import { requestStatePage } from '../state-page';

const page = requestStatePage('sent');
export const generateMetadata = page.generateMetadata;
export default page.Page;
